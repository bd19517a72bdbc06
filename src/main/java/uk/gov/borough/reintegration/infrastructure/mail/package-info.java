/** Delivery of the outbox by e-mail: the SMTP session from configuration, and the sender. */
package uk.gov.borough.reintegration.infrastructure.mail;
