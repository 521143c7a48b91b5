/**
 * Located, translated findings on plan data: Jakarta Bean Validation constraints and plan-quality rules.
 */
module no.helseplan.validation {
  requires transitive no.helseplan.io;
  requires jakarta.validation;
  // Messages are rendered by ParameterMessageInterpolator: no Expression Language, so no jakarta.el.
  requires org.hibernate.validator;
  requires static org.jspecify;

  exports no.helseplan.validation;

  // Hibernate Validator reads the custom constraint and instantiates its validator by reflection.
  opens no.helseplan.validation.internal to org.hibernate.validator;
}
