/// 证件类型 (GA/T 2000.156 codes): the identity document a member is registered with.
///
/// A ``CodedValue``: a static member holds the code; text (a code, name or alias) is resolved by the
/// register. See the `document_type` code list for every entry.
public struct DocumentType: CodedValue {
    /// The `document_type` code list.
    public static let list: CodeListID = .documentType
    /// The code, or text still to be resolved.
    public let rawValue: String

    /// Wraps a code, or text still to be resolved.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// 居民身份证 (`111`).
    public static let residentIdentityCard: DocumentType = "111"
    /// 临时身份证 (`112`).
    public static let temporaryIdentityCard: DocumentType = "112"
    /// 户口簿 (`113`).
    public static let householdRegister: DocumentType = "113"
    /// 普通护照 (`414`).
    public static let passport: DocumentType = "414"
    /// 香港特别行政区护照 (`420`).
    public static let hongKongPassport: DocumentType = "420"
    /// 澳门特别行政区护照 (`421`).
    public static let macaoPassport: DocumentType = "421"
    /// 台湾居民来往大陆通行证(多次有效) (`511`).
    public static let taiwanMainlandTravelPermit: DocumentType = "511"
    /// 台湾居民来往大陆通行证(一次有效) (`512`).
    public static let taiwanMainlandTravelPermitSingle: DocumentType = "512"
    /// 往来港澳通行证 (`513`).
    public static let mainlandHongKongMacaoPermit: DocumentType = "513"
    /// 港澳居民来往内地通行证 (`516`).
    public static let homeReturnPermit: DocumentType = "516"
    /// 外国人永久居留身份证 (`553`).
    public static let foreignPermanentResidentCard: DocumentType = "553"
    /// 外国人居留证或居留许可 (`554`).
    public static let foreignResidencePermit: DocumentType = "554"
    /// 港澳台居民居住证 (`HMT_RESIDENCE_PERMIT`).
    public static let residencePermitForHKMacaoTaiwan: DocumentType = "HMT_RESIDENCE_PERMIT"
    /// 其他 (`990`).
    public static let other: DocumentType = "990"
}

extension DocumentType {
    /// Whether numbers of this type follow GB 11643 (居民身份证, 港澳台居民居住证) and are checked digit by digit.
    public var isCitizenIDFormat: Bool { self == .residentIdentityCard || self == .residencePermitForHKMacaoTaiwan }

    /// Whether a document of this type names the country that issued it (a passport, or another
    /// document): its identity is then (type, issuing country, number), since passports of two countries
    /// may carry the same number. Documents China issues name none.
    public var hasIssuingCountry: Bool { self == .passport || self == .other }
}
