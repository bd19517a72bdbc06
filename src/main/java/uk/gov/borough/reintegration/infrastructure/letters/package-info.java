/** Letters to parents and carers without an e-mail address, as PDF to print and post. */
package uk.gov.borough.reintegration.infrastructure.letters;
