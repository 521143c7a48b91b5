/**
 * Test support shared by the test suites of every module (not published): seeded generators of whole, valid
 * plans and their parts, and the seed discipline that makes every generated case reproducible
 * ({@code -Dhelseplan.seed}).
 */
package no.helseplan.testing;
