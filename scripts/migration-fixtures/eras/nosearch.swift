// Before 017_name_search: no name search to read (paired with records.swift for 016).
import UnitedFront

func searchReads(_ snapshot: RegisterSnapshot, ids: [MemberID], into reads: inout Reads) throws {}
