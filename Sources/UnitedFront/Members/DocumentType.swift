/// Well-known identity document type codes (the `document_type` code list holds them all).
///
/// Overseas contacts and 港澳台 residents are registered with the document they hold; only the
/// citizen-ID formats are checked digit by digit.
public enum DocumentType {
    /// 居民身份证: the default; the number must pass GB 11643.
    public static let residentIdentityCard = "111"
    /// 港澳台居民居住证: GB 11643 format with an 810000/820000/830000 address code.
    public static let residencePermitForHKMacaoTaiwan = "HMT_RESIDENCE_PERMIT"
}
