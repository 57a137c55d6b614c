/**
 * What an administrator asks of the read side: its parked events and their retry, and a rebuild of
 * the read model. Sent through the gateways like every other message, so the web node that takes
 * the request need not be the query node that does the work.
 */
package org.promisetracker.api.admin;
