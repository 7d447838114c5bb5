import UnitedFront

/// The demo's small district register: a cadre's career, a 无党派 certification, an entrepreneur,
/// an overseas family, with changes, a correction and an archive over five years.
enum DemoRegister {
    /// Writes the demo's members and five years of history into `register`; returns the members' ids
    /// (the cadre, the 无党派 candidate, the entrepreneur, the overseas contact).
    static func populate(_ register: Register) throws -> [MemberID] {
        let office = "区委统战部"
        func at(_ date: String, _ reason: String) throws -> Attribution {
            Attribution(actor: office + " 张科员", reason: reason, recordedAt: try Timestamp(iso8601: date + "T10:00:00+08:00"))
        }
        var cadre = MemberRecord(name: "王建国")
        cadre.documentNumber = "150102198005060131"
        cadre.ethnicity = "汉族"
        cadre.politicalStatus = "民盟"
        cadre.education = "大学本科毕业"
        cadre.workUnit = "区财政局"
        cadre.post = "科员"
        cadre.rank = "科员"
        cadre.region = "150102001"
        var candidate = MemberRecord(name: "乌云其木格")
        candidate.documentNumber = "150102197802030221"
        candidate.ethnicity = "蒙古"
        candidate.politicalStatus = "群众"
        candidate.education = "硕士研究生毕业"
        candidate.workUnit = "市第一中学"
        candidate.post = "副校长"
        var entrepreneur = MemberRecord(name: "李明华")
        entrepreneur.documentNumber = "440106197503120432"
        entrepreneur.politicalStatus = "群众"
        entrepreneur.workUnit = "恒通科技有限公司"
        entrepreneur.post = "董事长"
        entrepreneur.mobile = "13800138000"
        var overseas = MemberRecord(name: "陈美玲")
        overseas.documentType = "护照"
        overseas.documentNumber = "E12345678"
        overseas.sex = "女"
        overseas.birthDate = "1968-09-01"
        overseas.notes = "旅居马来西亚"

        let ids = try register.write(by: try at("2021-01-15", "全面摸排建库")) { tx in
            let ids = [try tx.add(cadre, effective: "2021-01-01"), try tx.add(candidate, effective: "2021-01-01"),
                       try tx.add(entrepreneur, effective: "2021-01-01"), try tx.add(overseas, effective: "2021-01-01")]
            try tx.enter(ids[0], category: "民主党派成员", effective: "2021-01-01")
            try tx.enter(ids[0], category: "党外干部", tier: "后备", effective: "2021-01-01")
            try tx.enter(ids[1], category: "少数民族人士", tier: "代表人士", effective: "2021-01-01")
            try tx.enter(ids[2], category: "民营企业家", tier: "代表人士", source: "摸底", effective: "2021-01-01")
            try tx.enter(ids[3], category: "华侨、归侨及侨眷", source: "自报", effective: "2021-01-01")
            return ids
        }
        try register.write(by: try at("2021-03-20", "区委任命文件 2021-7号")) { tx in
            try tx.change(ids[0], effective: "2021-03-01") { $0.post = "副局长"; $0.rank = "副科级" }
            try tx.changeTier(ids[0], category: "党外干部", to: "代表人士", effective: "2021-03-01")
        }
        try register.write(by: try at("2022-05-10", "市委统战部认定 2022-3号")) { tx in
            try tx.change(ids[1], effective: "2022-05-01") { $0.politicalStatus = "无党派民主人士" }
            try tx.enter(ids[1], category: "无党派人士", tier: "代表人士", source: "认定", effective: "2022-05-01")
        }
        try register.change(ids[0], effective: "2023-06-01", by: try at("2023-06-05", "晋升文件 2023-12号")) {
            $0.rank = "正科级"
        }
        try register.change(ids[2], effective: "2023-09-01", by: try at("2023-09-15", "企业更名")) {
            $0.workUnit = "恒通智能科技集团有限公司"
        }
        try register.correct(ids[0], by: try at("2024-01-05", "核对学历证书")) { $0.education = "硕士研究生毕业" }
        try register.archive(ids[3], effective: "2025-03-01", by: try at("2025-03-10", "定居海外，停止联系"))
        return ids
    }
}
