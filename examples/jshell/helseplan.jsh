// Helseplan workbench: the usual imports and the five bundled plans.
// Use: jshell --class-path cli/target/helseplan.jar --startup DEFAULT --startup examples/jshell/helseplan.jsh
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.time.*;
import java.util.*;
import java.util.stream.*;
import no.helseplan.analysis.*;
import no.helseplan.examples.Examples;
import no.helseplan.goal.*;
import no.helseplan.io.*;
import no.helseplan.measure.*;
import no.helseplan.plan.*;
import no.helseplan.responsibility.*;
import no.helseplan.timeframe.*;
import no.helseplan.validation.PlanValidator;
import no.helseplan.validation.ValidationReport;
import no.helseplan.vocabulary.*;

Plan heroy = Examples.heroy();
Plan sorVaranger = Examples.sorVaranger();
Plan hustadvika = Examples.hustadvika();
Plan voss = Examples.voss();
Plan rodoy = Examples.rodoy();
List<Plan> plans = Examples.all();
PlanCorpus corpus = PlanCorpus.of(plans);
System.out.println("Helseplan: " + plans.size() + " plans, " + corpus.getMeasures().size()
    + " measures loaded: heroy, sorVaranger, hustadvika, voss, rodoy, plans, corpus");
