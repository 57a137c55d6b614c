package org.promisetracker.web.page;

/** One choice of a select or a set of radios: what is sent, and what the officer reads. */
record Option(String value, String label) {}
