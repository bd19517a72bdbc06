/** The people and places of a reintegration: establishments, pupils, parents and carers, leads. */
package uk.gov.borough.reintegration.domain.model.party;
