package uk.gov.borough.reintegration.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The JSON API, under {@code /reintegration/api}. */
@ApplicationPath("api")
public class RestApplication extends Application {}
