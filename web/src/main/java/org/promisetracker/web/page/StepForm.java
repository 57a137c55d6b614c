package org.promisetracker.web.page;

/** A step of an item's update in a round: the comment that goes with it (a waiver's reason). */
record StepForm(String comment) {}
