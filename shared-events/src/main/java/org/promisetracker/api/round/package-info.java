/**
 * The reporting round: the cycle before a committee report. A round is opened for a plan with the
 * actions and benefits it asks an update of; each item's update is submitted, then approved or
 * returned (or waived by an administrator); once every item is approved or waived a senior officer
 * signs the round off, and the report published from it records who signed it off.
 */
package org.promisetracker.api.round;
