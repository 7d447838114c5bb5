import UnitedFront

/// Small, hand-written scenarios for the project's own tests and for integrators: each writes a few
/// people with a known history into a register and returns their ids by role.
///
/// ```swift
/// let register = try Register.inMemory()
/// let ids = try Scenario.nonPartisanCertification.write(to: register)
/// let certified = try register.member(ids.certified, asOf: "2022-05-01")   // 无党派人士, CERTIFIED (by the 认定 step)
/// ```
///
/// Each scenario records its changesets at fixed historical times (``Recording/asGenerated``), so
/// write it into a fresh register, or pass ``Recording/registerClock`` to add it to one that already
/// holds later changesets. Scenario people use their own identity numbers; they do not collide with
/// each other, but a generated ``Population`` might, with negligible probability, issue the same one.
///
/// **Threading.** Every scenario is an immutable `Sendable` value.
public enum Scenario {
    /// A 民盟 member registered in the 党外干部 reserve pool as a 科员 in 2019, appointed 副局长 on
    /// 2020-07-01 and promoted 局长 on 2023-06-01, each a post record (the register derives her 职务
    /// and 职务层次 from them); and a young cadre who stays in the reserve pool.
    public static let cadreAppointmentAndPromotion = CadreAppointmentScenario()

    /// The 无党派人士认定 workflow: a candidate recommended on 2021-11-15 and certified (认定) on
    /// 2022-05-01; a candidate recommended on 2024-03-20 and still waiting; and a certified 无党派人士
    /// who joined 民进 on 2023-09-01, whose certification the register then revokes.
    public static let nonPartisanCertification = NonPartisanCertificationScenario()

    /// A 华侨 settled in Italy and her 侨眷 relatives in 青田: father, mother and brother.
    public static let overseasFamily = OverseasFamilyScenario()

    /// A generated population of one district (150102 呼和浩特市新城区 by default) with every kind of
    /// person, returning the ids by ``Archetype``.
    public static func mixedDistrict(seed: UInt64, size: Int = 120,
                                     region: RegionProfile = .hohhotXincheng) -> MixedDistrictScenario {
        MixedDistrictScenario(seed: seed, size: size, region: region)
    }
}
