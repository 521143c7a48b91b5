// Resource needs in full-time equivalents (årsverk) and kroner, per plan, then every measure that states årsverk.
System.out.println(corpus.resourceTotals(Language.EN));

Table fte = Table.of(List.of("Municipality", "Measure", "Resources", "FTE min", "FTE max"),
    corpus.measures()
        .filter(m -> m.getFte().isPresent())
        .map(m -> List.<Object>of(m.getMunicipality().getName(), m.getTitle(),
            m.getResources().or(m::getFinancing).map(Resources::getText).orElse(""),
            m.getFte().get().getMin(), m.getFte().get().getMax()))
        .collect(Collectors.toList()));
System.out.println(fte);
/exit
