/**
 * The outbox: the messages the policy's events must send (DESIGN.md, "Notifications"), written in
 * the same transaction as the event and delivered later, each once.
 */
package uk.gov.borough.reintegration.domain.model.outbox;
