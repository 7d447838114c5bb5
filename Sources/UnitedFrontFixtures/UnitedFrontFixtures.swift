// UnitedFrontFixtures: deterministic synthetic populations.
