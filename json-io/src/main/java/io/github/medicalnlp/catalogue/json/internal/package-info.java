/**
 * Implementation of the JSON format. Not exported: not part of the API.
 */
package io.github.medicalnlp.catalogue.json.internal;
