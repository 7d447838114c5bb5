/// A county-level district a synthetic population lives in: its GB/T 2260 code and names, its
/// townships (9-digit statistical codes), the ethnic mix of the people the united-front department
/// works with there, and a few local institutions.
///
/// The built-in profiles (``hohhotXincheng``, ``urumqiTianshan``, ``guangzhouTianhe``, …) cover
/// districts with very different ethnic mixes; make your own for other districts. Weights are
/// relative integers, so the mix is exact and platform-independent.
///
/// **Threading.** An immutable value; `Sendable`.
public struct RegionProfile: Sendable, Hashable {
    /// A township-level division (街道, 镇, 乡, 苏木) under the district.
    public struct Township: Sendable, Hashable {
        /// The 9-digit statistical code (the district's 6 digits and 3 more).
        public let code: String
        /// The name (`海拉尔东路街道`).
        public let name: String

        /// A township; `code` must extend the district's code.
        public init(code: String, name: String) {
            self.code = code
            self.name = name
        }
    }

    /// One ethnic group's share of the people registered in the district.
    public struct EthnicShare: Sendable, Hashable {
        /// The GB/T 3304 code (`02` 蒙古族).
        public let ethnicity: String
        /// The relative weight.
        public let weight: Int

        /// A share of `weight` for the GB/T 3304 code `ethnicity`.
        public init(_ ethnicity: String, _ weight: Int) {
            self.ethnicity = ethnicity
            self.weight = weight
        }
    }

    /// The 6-digit GB/T 2260 code; also the address code of the citizen IDs issued there.
    public let code: String
    /// The province-level name (`内蒙古自治区`).
    public let province: String
    /// The prefecture-level city (`呼和浩特市`).
    public let city: String
    /// The district (`新城区`).
    public let district: String
    /// The one-character abbreviation used in document numbers (`新` in `新组干〔2021〕12号`).
    public let abbreviation: String
    /// The city's abbreviation for city-level documents (`呼` in `呼统字〔2022〕15号`).
    public let cityAbbreviation: String
    /// The townships people are assigned to.
    public let townships: [Township]
    /// The ethnic mix.
    public let ethnicMix: [EthnicShare]
    /// Universities and colleges in or near the district.
    public let universities: [String]
    /// The district's share of a population spread over several profiles.
    public let weight: Int

    /// A profile. `townships` and `ethnicMix` must not be empty, and weights must be positive.
    public init(code: String, province: String, city: String, district: String, abbreviation: String,
                cityAbbreviation: String, townships: [Township], ethnicMix: [EthnicShare],
                universities: [String], weight: Int = 1) {
        precondition(code.count == 6 && code.allSatisfy { $0.isASCII && $0.isNumber }, "a 6-digit GB/T 2260 code")
        precondition(!townships.isEmpty && townships.allSatisfy { $0.code.count == 9 && $0.code.hasPrefix(code) },
                     "townships: 9-digit codes under \(code)")
        precondition(!ethnicMix.isEmpty && ethnicMix.allSatisfy { $0.weight >= 0 } && ethnicMix.contains { $0.weight > 0 },
                     "an ethnic mix with positive weight")
        precondition(!universities.isEmpty && weight > 0, "at least one university and a positive weight")
        self.code = code
        self.province = province
        self.city = city
        self.district = district
        self.abbreviation = abbreviation
        self.cityAbbreviation = cityAbbreviation
        self.townships = townships
        self.ethnicMix = ethnicMix
        self.universities = universities
        self.weight = weight
    }

    /// The same profile with another ``weight``.
    public func weighted(_ weight: Int) -> RegionProfile {
        RegionProfile(code: code, province: province, city: city, district: district, abbreviation: abbreviation,
                      cityAbbreviation: cityAbbreviation, townships: townships, ethnicMix: ethnicMix,
                      universities: universities, weight: weight)
    }

    /// The city without its `市` suffix (`呼和浩特`), as it appears in company names.
    var cityStem: String { city.hasSuffix("市") ? String(city.dropLast()) : city }

    /// The province without its suffix (`内蒙古`), as it appears in 籍贯.
    var provinceStem: String {
        for suffix in ["维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "省", "市"] where province.hasSuffix(suffix) {
            return String(province.dropLast(suffix.count))
        }
        return province
    }
}
