// Measures per responsible actor: first by the kind of lead, then the actors named most often.
System.out.println(corpus.countByLeadKind(Language.EN));

Table leads = Table.of(List.of("Municipality", "Lead", "Kind", "Measures"),
    corpus.measures()
        .filter(MeasureInContext::hasLead)
        .collect(Collectors.groupingBy(
            m -> List.of(m.getMunicipality().getName(), m.getLead().get().getName(),
                m.getLeadKind().get().getLabel(Language.EN)),
            LinkedHashMap::new, Collectors.counting()))
        .entrySet().stream()
        .filter(e -> e.getValue() >= 3)
        .sorted(Map.Entry.<List<String>, Long>comparingByValue().reversed())
        .map(e -> List.<Object>of(e.getKey().get(0), e.getKey().get(1), e.getKey().get(2), e.getValue()))
        .collect(Collectors.toList()));
System.out.println(leads);
/exit
