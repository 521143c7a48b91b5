// One theme across municipalities: dementia, next of kin, welfare technology, recruitment.
Themes chosen = Themes.of(Themes.DEMENTIA, Themes.NEXT_OF_KIN, Themes.WELFARE_TECHNOLOGY,
    Themes.RECRUITMENT_AND_COMPETENCE);
System.out.println(corpus.countByTheme(chosen, Language.EN));

// The measures about dementia, with their municipality:
Table dementia = Table.of(List.of("Municipality", "Measure"),
    corpus.measures()
        .filter(m -> Themes.DEMENTIA.matches(m.getText()))
        .map(m -> List.<Object>of(m.getMunicipality().getName(), m.getTitle()))
        .collect(Collectors.toList()));
System.out.println(dementia);
/exit
