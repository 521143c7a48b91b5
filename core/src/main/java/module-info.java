/**
 * The immutable model of a Norwegian municipal health and care plan and its vocabulary in Bokmål, Nynorsk and
 * English. Knows nothing of files or engines: the Jackson and Jakarta Validation dependencies are annotations
 * only, optional at run time.
 */
module no.helseplan.core {
  // Time-frame bounds: LocalDateRange, YearQuarter, YearHalf appear in the API.
  requires transitive org.threeten.extra;

  // Annotations only, needed to compile, not to run.
  requires static org.immutables.value.annotations;
  requires static org.jspecify;
  requires static com.fasterxml.jackson.annotation;
  requires static tools.jackson.databind;
  requires static jakarta.validation;

  exports no.helseplan.vocabulary;
  exports no.helseplan.plan;
  exports no.helseplan.goal;
  exports no.helseplan.measure;
  exports no.helseplan.timeframe;
  exports no.helseplan.responsibility;
  exports no.helseplan.project;
  exports no.helseplan.reference;
  exports no.helseplan.municipality;
  exports no.helseplan.text;
  exports no.helseplan.targetgroup;
  exports no.helseplan.priority;
  exports no.helseplan.facility;
  exports no.helseplan.figure;
  exports no.helseplan.budget;
  exports no.helseplan.followup;
  exports no.helseplan.provenance;
  exports no.helseplan.analysis;

  // Value types are read and validated by reflection.
  opens no.helseplan.vocabulary to tools.jackson.databind, org.hibernate.validator;
  opens no.helseplan.plan to tools.jackson.databind, org.hibernate.validator;
  opens no.helseplan.goal to tools.jackson.databind, org.hibernate.validator;
  opens no.helseplan.measure to tools.jackson.databind, org.hibernate.validator;
  opens no.helseplan.timeframe to tools.jackson.databind, org.hibernate.validator;
  opens no.helseplan.responsibility to tools.jackson.databind, org.hibernate.validator;
  opens no.helseplan.project to tools.jackson.databind, org.hibernate.validator;
  opens no.helseplan.reference to tools.jackson.databind, org.hibernate.validator;
  opens no.helseplan.municipality to tools.jackson.databind, org.hibernate.validator;
  opens no.helseplan.text to tools.jackson.databind, org.hibernate.validator;
  opens no.helseplan.targetgroup to tools.jackson.databind, org.hibernate.validator;
  opens no.helseplan.priority to tools.jackson.databind, org.hibernate.validator;
  opens no.helseplan.facility to tools.jackson.databind, org.hibernate.validator;
  opens no.helseplan.figure to tools.jackson.databind, org.hibernate.validator;
  opens no.helseplan.budget to tools.jackson.databind, org.hibernate.validator;
  opens no.helseplan.followup to tools.jackson.databind, org.hibernate.validator;
  opens no.helseplan.provenance to tools.jackson.databind, org.hibernate.validator;
}
