/// A person's work: unit, post, cadre rank and the note that goes with it. The generators below
/// produce plausible units and posts for each ``Archetype`` in a ``RegionProfile``.
struct Occupation: Sendable, Hashable {
    var workUnit: String
    var post: String?
    var rank: String?
    var notes: String?
    /// The 新的社会阶层人士 sub-group code (`1`…`4`), for new-stratum people.
    var newStratumGroup: String?
    /// For a 华侨 the country they live in, for a 归侨 the one they came back from, for a 侨眷 their
    /// relative's (Chinese names, as in ``countryCodes``).
    var country: String?

    init(_ workUnit: String, _ post: String?, rank: String? = nil, notes: String? = nil, newStratumGroup: String? = nil) {
        self.workUnit = workUnit
        self.post = post
        self.rank = rank
        self.notes = notes
        self.newStratumGroup = newStratumGroup
    }

    // MARK: Professions

    /// A doctor, teacher, academic or researcher.
    static func professional(in region: RegionProfile, random: inout SeededRandom) -> Occupation {
        switch random.weighted([("hospital", 30), ("school", 25), ("university", 30), ("research", 15)]) {
        case "hospital":
            let unit = random.element(of: [
                "\(region.city)第一人民医院", "\(region.city)第二人民医院", "\(region.city)中医医院",
                "\(region.city)\(region.district)人民医院", "\(region.city)妇幼保健院",
            ])
            return Occupation(unit, random.weighted([("主任医师", 20), ("副主任医师", 30), ("主治医师", 30), ("科主任", 10),
                                                     ("护士长", 8), ("副院长", 2)]))
        case "school":
            let unit = random.percent(60) ? "\(region.city)第\(chineseNumber(random.integer(in: 1...30)))中学"
                : random.element(of: ["\(region.city)\(region.district)实验小学", "\(region.city)职业技术学院",
                                      "\(region.city)\(region.district)第二小学"])
            return Occupation(unit, random.weighted([("教师", 45), ("高级教师", 30), ("教研组长", 15), ("副校长", 8), ("校长", 2)]))
        case "university":
            return Occupation(random.element(of: region.universities),
                              random.weighted([("讲师", 30), ("副教授", 35), ("教授", 25), ("学院副院长", 10)]))
        default:
            let unit = random.element(of: ["\(region.city)科学技术研究院", "\(region.city)农业科学研究院",
                                           "\(region.city)规划设计研究院", "\(region.city)图书馆"])
            return Occupation(unit, random.weighted([("工程师", 30), ("高级工程师", 35), ("副研究员", 20), ("研究员", 15)]))
        }
    }

    /// The owner or manager of a private enterprise.
    static func entrepreneur(in region: RegionProfile, random: inout SeededRandom) -> Occupation {
        Occupation(company(in: region, random: &random),
                   random.weighted([("董事长", 30), ("总经理", 30), ("董事长兼总经理", 20), ("执行董事", 12), ("副总经理", 8)]))
    }

    /// A 新的社会阶层人士 of one of the four sub-groups.
    static func newStratum(in region: RegionProfile, random: inout SeededRandom) -> Occupation {
        let group = random.weighted([("1", 35), ("2", 30), ("3", 15), ("4", 20)])
        let note = "新的社会阶层人士：" + ["1": "民营企业和外商投资企业管理技术人员", "2": "中介组织和社会组织从业人员",
                                           "3": "自由职业人员", "4": "新媒体从业人员"][group]!
        switch group {
        case "1":
            return Occupation(company(in: region, random: &random),
                              random.element(of: ["技术总监", "财务总监", "研发部经理", "高级工程师", "人力资源总监", "市场总监"]),
                              notes: note, newStratumGroup: group)
        case "2":
            let brand = random.element(of: brands)
            let (unit, posts): (String, [String]) = switch random.below(4) {
            case 0: ("\(region.province == region.city ? "北京" : region.provinceStem)\(brand)律师事务所", ["律师", "合伙人", "主任"])
            case 1: ("\(region.cityStem)\(brand)会计师事务所（特殊普通合伙）", ["注册会计师", "合伙人"])
            case 2: ("\(region.city)\(random.element(of: ["餐饮", "物流", "软件", "家政", "电子商务"]))行业协会", ["秘书长", "副会长"])
            default: ("\(region.city)\(brand)公益基金会", ["理事长", "秘书长", "项目主管"])
            }
            return Occupation(unit, random.element(of: posts), notes: note, newStratumGroup: group)
        case "3":
            return Occupation("自由职业", random.element(of: ["画家", "作家", "设计师", "摄影师", "音乐人", "独立策展人", "翻译"]),
                              notes: note, newStratumGroup: group)
        default:
            return Occupation("\(region.cityStem)\(random.element(of: brands))文化传媒有限公司",
                              random.element(of: ["主播", "短视频创作者", "内容运营总监", "新媒体编辑", "自媒体博主"]),
                              notes: note, newStratumGroup: group)
        }
    }

    /// A 华侨 abroad, a 归侨, or a 侨眷 at home; `type` is `HUAQIAO`, `GUIQIAO` or `QIAOJUAN`.
    static func overseas(_ type: String, birthYear: Int, in region: RegionProfile, random: inout SeededRandom) -> Occupation {
        let country = random.element(of: countries)
        switch type {
        case "HUAQIAO":
            var work = Occupation("\(country)\(random.element(of: brands))贸易有限公司",
                                  random.element(of: ["总经理", "董事长", "店主", "合伙人"]),
                                  notes: "华侨，定居\(country)")
            work.country = country
            return work
        case "GUIQIAO":
            var work = random.percent(birthYear < 1965 ? 60 : 20) ? Occupation("退休", nil)
                : professional(in: region, random: &random)
            let from = random.element(of: ["印度尼西亚", "马来西亚", "越南", "泰国", "缅甸", "新加坡"] + countries)
            work.notes = "归侨，\(min(birthYear + random.integer(in: 20...35), 2016))年自\(from)回国定居"
            work.country = from
            return work
        default:
            var work = random.percent(50) ? professional(in: region, random: &random) : newStratum(in: region, random: &random)
            let siblings = ["兄长", "姐姐", "弟弟", "妹妹", "配偶"]
            let relative = random.element(of: siblings + (birthYear > 1975 ? ["父亲", "母亲"]
                : birthYear < 1965 ? ["儿子", "女儿"] : ["父亲", "母亲", "儿子", "女儿"]))
            work.notes = "侨眷：\(relative)为华侨，旅居\(country)"
            work.newStratumGroup = nil
            work.country = country
            return work
        }
    }

    /// A Hong Kong, Macao or Taiwan compatriot investing or working in the district.
    static func compatriot(from home: String, in region: RegionProfile, random: inout SeededRandom) -> Occupation {
        let tag = ["HONG_KONG": "港资", "MACAO": "澳资", "TAIWAN": "台资"][home]!
        let resident = ["HONG_KONG": "香港居民", "MACAO": "澳门居民", "TAIWAN": "台湾居民"][home]!
        return Occupation("\(region.cityStem)\(random.element(of: brands))\(random.element(of: industries))有限公司（\(tag)）",
                          random.element(of: ["董事长", "总经理", "副总经理", "财务总监"]), notes: resident)
    }

    /// A returnee from study abroad.
    static func returnee(in region: RegionProfile, random: inout SeededRandom) -> Occupation {
        var work = random.percent(50) ? professional(in: region, random: &random)
            : Occupation(company(in: region, random: &random), random.element(of: ["创始人", "首席技术官", "研发总监", "工程师"]))
        let country = random.element(of: ["英国", "美国", "澳大利亚", "日本", "德国", "法国", "加拿大", "新加坡", "韩国", "俄罗斯"])
        work.notes = "留学\(country)，\(random.integer(in: 2008...2020))年回国"
        return work
    }

    /// A representative figure of an ethnic minority.
    static func minorityFigure(ethnicity: String, in region: RegionProfile, random: inout SeededRandom) -> Occupation {
        let hospital = ["02": "\(region.city)蒙医中医医院", "04": "\(region.city)藏医院", "05": "\(region.city)维吾尔医医院"][ethnicity]
        var options: [(Occupation, Int)] = [
            (Occupation("\(region.city)民族歌舞团", random.element(of: ["演员", "副团长", "编导"])), 15),
            (Occupation("\(region.city)\(region.district)文化馆", random.element(of: ["馆员", "副馆长"])), 15),
            (Occupation("\(region.city)民族中学", random.element(of: ["教师", "高级教师", "副校长"])), 25),
            (Occupation("\(random.element(of: region.townships).name)\(random.element(of: ["和平", "团结", "幸福", "新华", "光明", "友谊", "振兴", "文化"]))社区居民委员会",
                        random.element(of: ["主任", "委员"])), 15),
            (Occupation("\(region.city)非物质文化遗产保护中心", "非物质文化遗产代表性传承人"), 10),
            (entrepreneur(in: region, random: &random), 20),
        ]
        if let hospital { options.append((Occupation(hospital, random.element(of: ["主任医师", "副主任医师", "主治医师"])), 20)) }
        return random.weighted(options)
    }

    /// An office holder of a patriotic religious association.
    static func religious(ethnicity: String, in region: RegionProfile, random: inout SeededRandom) -> Occupation {
        let association = switch ethnicity {
        case "03", "05", "17", "29", "35", "43": "伊斯兰教协会"
        case "02", "04", "54": "佛教协会"
        default: random.element(of: ["佛教协会", "道教协会", "基督教三自爱国运动委员会", "天主教爱国会"])
        }
        return Occupation("\(region.city)\(region.district)\(association)",
                          random.weighted([("会长", 10), ("副会长", 35), ("秘书长", 25), ("理事", 30)]))
    }

    // MARK: Material

    static func company(in region: RegionProfile, random: inout SeededRandom) -> String {
        "\(region.cityStem)\(random.element(of: brands))\(random.element(of: industries))有限公司"
    }

    static let brands = [
        "鑫源", "恒泰", "瑞丰", "金桥", "宏达", "博远", "嘉禾", "天合", "中诚", "鼎盛", "汇通", "德信", "昊天", "锦程",
        "盛世", "永安", "泰和", "华新", "启明", "正元", "蓝海", "青禾", "云帆", "北辰", "兴业", "广源", "利民", "长青",
        "万象", "聚丰",
    ]
    static let industries = [
        "科技", "建筑工程", "商贸", "食品", "物流", "餐饮管理", "电子", "生物医药", "文化传媒", "房地产开发", "新材料",
        "环保科技", "农业开发", "软件", "机械制造", "服装", "医疗器械", "能源", "乳业", "跨境电商",
    ]
    /// GB/T 2659 (ISO 3166-1 alpha-3) codes of the countries named above.
    static let countryCodes = [
        "意大利": "ITA", "西班牙": "ESP", "美国": "USA", "加拿大": "CAN", "澳大利亚": "AUS", "马来西亚": "MYS", "印度尼西亚": "IDN",
        "泰国": "THA", "新加坡": "SGP", "日本": "JPN", "法国": "FRA", "荷兰": "NLD", "英国": "GBR", "新西兰": "NZL", "德国": "DEU",
        "越南": "VNM", "缅甸": "MMR",
    ]

    static let countries = [
        "意大利", "西班牙", "美国", "加拿大", "澳大利亚", "马来西亚", "印度尼西亚", "泰国", "新加坡", "日本", "法国",
        "荷兰", "英国", "新西兰", "德国",
    ]

    /// 1…99 in Chinese numerals (一, 十二, 二十).
    static func chineseNumber(_ value: Int) -> String {
        let digits = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
        guard value >= 10 else { return digits[value] }
        return (value / 10 == 1 ? "" : digits[value / 10]) + "十" + digits[value % 10]
    }

    /// The post after a promotion in the same profession, if there is one.
    static func nextPost(after post: String) -> String? {
        [
            "讲师": "副教授", "副教授": "教授", "主治医师": "副主任医师", "副主任医师": "主任医师", "教师": "高级教师",
            "工程师": "高级工程师", "副研究员": "研究员", "总经理": "董事长兼总经理", "副总经理": "总经理", "律师": "合伙人",
            "理事": "副会长", "副会长": "会长", "秘书长": "副会长", "馆员": "副馆长", "演员": "副团长", "委员": "主任",
            "注册会计师": "合伙人", "主播": "内容运营总监", "新媒体编辑": "内容运营总监", "项目主管": "秘书长",
        ][post]
    }
}
