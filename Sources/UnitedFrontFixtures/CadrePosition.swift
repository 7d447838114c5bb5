/// Where a 党外干部 works and what the post is called at each rank: a district bureau's 副局长/局长,
/// a 街道 office's 副主任/主任, a 镇's 副镇长/镇长, the district leadership's 副区长 or 政协副主席.
struct CadrePosition: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        /// `(deputy, head)` titles, such as `("副局长", "局长")`.
        case unit(deputy: String, head: String)
        /// The district or city leadership: the post is fixed.
        case leadership(post: String)
    }

    var workUnit: String
    var kind: Kind

    /// The rank ladder a career climbs, from 办事员 to 厅局级正职.
    static let ladder = ["160", "150", "142", "141", "132", "131", "122", "121"]

    /// The post name at `rank` in this position.
    func post(at rank: String) -> String? {
        switch (kind, rank) {
        case (.leadership(let post), _): post
        case (.unit, "160"): "办事员"
        case (.unit, "150"): "科员"
        case (.unit(let deputy, _), "142"): deputy
        case (.unit(_, let head), _): head
        }
    }

    /// A position for `rank` in `region`: a unit for ranks up to 141, the leadership above.
    static func random(rank: String, in region: RegionProfile, random: inout SeededRandom) -> CadrePosition {
        let district = region.city + region.district
        switch rank {
        case "132":
            return random.element(of: [
                CadrePosition(workUnit: "\(district)人民政府", kind: .leadership(post: "副区长")),
                CadrePosition(workUnit: "\(district)政协", kind: .leadership(post: "副主席")),
                CadrePosition(workUnit: "\(district)人大常委会", kind: .leadership(post: "副主任")),
            ])
        case "131":
            return CadrePosition(workUnit: "\(district)政协", kind: .leadership(post: "主席"))
        case "122":
            return random.element(of: [
                CadrePosition(workUnit: "\(region.city)政协", kind: .leadership(post: "副主席")),
                CadrePosition(workUnit: "\(region.city)人民政府", kind: .leadership(post: "副市长")),
            ])
        case "121":
            return CadrePosition(workUnit: "\(region.city)政协", kind: .leadership(post: "主席"))
        default:
            switch random.weighted([("bureau", 55), ("commission", 10), ("institution", 15), ("township", 20)]) {
            case "bureau":
                return CadrePosition(workUnit: district + random.element(of: bureaus), kind: .unit(deputy: "副局长", head: "局长"))
            case "commission":
                let unit = random.element(of: ["卫生健康委员会", "发展和改革委员会", "人民政府办公室"])
                return CadrePosition(workUnit: district + unit, kind: .unit(deputy: "副主任", head: "主任"))
            case "institution":
                let (unit, head) = random.element(of: institutions)
                return CadrePosition(workUnit: district + unit, kind: .unit(deputy: "副" + head, head: head))
            default:
                let town = random.element(of: region.townships).name
                if town.hasSuffix("镇") {
                    return CadrePosition(workUnit: "\(district)\(town)人民政府", kind: .unit(deputy: "副镇长", head: "镇长"))
                }
                if town.hasSuffix("乡") {
                    return CadrePosition(workUnit: "\(district)\(town)人民政府", kind: .unit(deputy: "副乡长", head: "乡长"))
                }
                return CadrePosition(workUnit: "\(district)\(town)办事处", kind: .unit(deputy: "副主任", head: "主任"))
            }
        }
    }

    static let bureaus = [
        "教育局", "科学技术局", "民政局", "司法局", "财政局", "人力资源和社会保障局", "住房和城乡建设局", "文化和旅游局",
        "市场监督管理局", "统计局", "审计局", "商务局", "应急管理局", "医疗保障局", "城市管理局",
    ]
    static let institutions = [
        ("图书馆", "馆长"), ("文化馆", "馆长"), ("疾病预防控制中心", "主任"), ("妇幼保健院", "院长"), ("科学技术协会", "主席"),
    ]
}
