package uk.gov.borough.reintegration.interfaces;

/** A request body past its limit ({@link RequestLimits}), found while it was being read. */
public class RequestTooLargeException extends RuntimeException {

  public RequestTooLargeException(long mostBytes) {
    super("The request is larger than " + mostBytes + " bytes");
  }
}
