/** Reintegration: the return of pupils from alternative provision to mainstream school. */
package uk.gov.borough.reintegration;
