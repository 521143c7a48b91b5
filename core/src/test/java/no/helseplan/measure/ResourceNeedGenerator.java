package no.helseplan.measure;

import java.math.BigDecimal;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

/**
 * Generates resource needs of every kind and unit that {@link Resources#parse} can read back from a description:
 * an amount in årsverk or percent names a kind other than {@link ResourceKind#OTHER} (the unit alone makes it
 * personnel), and a counted item has no unit or section. Seeded and deterministic.
 */
final class ResourceNeedGenerator {
  private static final String[] UNITS = {"seksjon rehabilitering", "heimetenesta", "Svingen",
      "avdeling for barn, familie og helse", "bu og habilitering", "legekontoret", "Heimetenesta aust",
      "koordinerande eining", "sjukeheimen"};
  private static final String[] ITEMS = {"nye hardbruksbustadar", "nye omsorgsbustadar", "plassar i dagsenter",
      "bilar", "nye senger", "korttidsplassar", "velferdsteknologiske løysingar"};

  private final RandomGenerator random;

  ResourceNeedGenerator(long seed) {
    this.random = RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
  }

  ResourceNeed next() {
    ResourceKind[] kinds = ResourceKind.values();
    ResourceKind kind = kinds[random.nextInt(kinds.length)];
    ResourceNeed.Builder b = ResourceNeed.builder().text("generated").kind(kind);
    switch (random.nextInt(6)) {
      case 0:
        return b.build();
      case 1:
        if (kind == ResourceKind.OTHER) {
          b.kind(ResourceKind.PERSONNEL);
        }
        b.amount(amount(true)).unit(ResourceUnit.FTE);
        break;
      case 2:
        if (kind == ResourceKind.OTHER) {
          b.kind(ResourceKind.PERSONNEL);
        }
        b.amount(amount(true)).unit(ResourceUnit.POSITION_PERCENT);
        break;
      case 3:
        BigDecimal min = BigDecimal.valueOf(1 + random.nextInt(99_999)).multiply(BigDecimal.valueOf(
            random.nextBoolean() ? 1 : 1000));
        BigDecimal max = random.nextBoolean() ? min : min.add(BigDecimal.valueOf(random.nextInt(100_000)));
        b.amount(Amount.between(min, max)).unit(ResourceUnit.NOK);
        break;
      case 4:
        b.amount(amount(false)).unit(ResourceUnit.ITEM).item(ITEMS[random.nextInt(ITEMS.length)]);
        return b.build();
      default:
        b.amount(amount(true));
        return b.build();
    }
    if (random.nextBoolean()) {
      b.forUnit(UNITS[random.nextInt(UNITS.length)]);
    }
    return b.build();
  }

  private Amount amount(boolean decimals) {
    BigDecimal min = decimals && random.nextBoolean()
        ? BigDecimal.valueOf(random.nextInt(400), 1).stripTrailingZeros()
        : BigDecimal.valueOf(random.nextInt(40));
    if (min.scale() < 0) {
      min = min.setScale(0);
    }
    if (random.nextBoolean()) {
      return Amount.between(min, min);
    }
    return Amount.between(min, min.add(BigDecimal.valueOf(1 + random.nextInt(5))));
  }
}
