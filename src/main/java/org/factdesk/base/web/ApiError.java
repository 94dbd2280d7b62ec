package org.factdesk.base.web;

/** The JSON body of every API error: the HTTP status, a stable code and a sentence a person can act on. */
public record ApiError(int status, String error, String message) {
}
