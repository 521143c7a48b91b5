// The share of measures with a concrete deadline (a point, span or relative duration with dates),
// a named lead and a resource estimate: how concrete is each plan?
System.out.println(corpus.concreteness(Language.EN));
// And what is due in 2026:
System.out.println(corpus.dueIn(2026, Language.EN));
/exit
