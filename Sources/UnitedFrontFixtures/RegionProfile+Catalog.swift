/// The built-in district profiles.
///
/// Township codes and names: the 9-digit statistical division codes as published in
/// `modood/Administrative-divisions-of-China`, `dist/streets.csv` (commit 0b7fd75e, National Bureau of
/// Statistics data). Ethnic mixes are rough figures for the people a district's united-front
/// department registers (minorities are over-represented there compared with the census), not census data.
extension RegionProfile {
    /// Every built-in profile, with the weights used by ``PopulationSpec`` by default.
    public static let all: [RegionProfile] = [
        hohhotXincheng, urumqiTianshan, guangzhouTianhe, lhasaChengguan, nanningQingxiu, yinchuanXingqing,
        beijingChaoyang,
    ]

    /// 内蒙古自治区呼和浩特市新城区 (150102): many 蒙古族, some 回族, 满族 and 达斡尔族.
    public static let hohhotXincheng = RegionProfile(
        code: "150102", province: "内蒙古自治区", city: "呼和浩特市", district: "新城区", abbreviation: "新",
        cityAbbreviation: "呼",
        townships: towns("150102", [
            ("001", "海拉尔东路街道"), ("002", "锡林北路街道"), ("003", "中山东路街道"), ("004", "东街街道"),
            ("005", "西街街道"), ("006", "东风路街道"), ("007", "迎新路街道"), ("008", "成吉思汗大街街道"),
            ("101", "保合少镇"),
        ]),
        ethnicMix: [.init("01", 60), .init("02", 28), .init("03", 6), .init("11", 4), .init("31", 1), .init("45", 1)],
        universities: ["内蒙古大学", "内蒙古师范大学", "内蒙古农业大学", "内蒙古医科大学"], weight: 20)

    /// 新疆维吾尔自治区乌鲁木齐市天山区 (650102): many 维吾尔族, also 回族, 哈萨克族, 乌孜别克族, 锡伯族.
    public static let urumqiTianshan = RegionProfile(
        code: "650102", province: "新疆维吾尔自治区", city: "乌鲁木齐市", district: "天山区", abbreviation: "天",
        cityAbbreviation: "乌",
        townships: towns("650102", [
            ("002", "燕儿窝街道"), ("003", "胜利路街道"), ("004", "团结路街道"), ("005", "解放南路街道"),
            ("006", "新华南路街道"), ("007", "和平路街道"), ("008", "解放北路街道"), ("009", "幸福路街道"),
            ("010", "东门街道"), ("011", "新华北路街道"), ("012", "青年路街道"), ("013", "碱泉街道"),
            ("014", "延安路街道"), ("015", "红雁街道"), ("016", "南草滩街道"), ("017", "东泉路街道"),
        ]),
        ethnicMix: [.init("01", 42), .init("05", 40), .init("03", 9), .init("17", 6), .init("43", 1), .init("38", 1),
                    .init("29", 1)],
        universities: ["新疆大学", "新疆医科大学", "新疆师范大学", "新疆财经大学"], weight: 15)

    /// 广东省广州市天河区 (440106): mostly 汉族, a few 壮族, 土家族, 苗族 and 瑶族.
    public static let guangzhouTianhe = RegionProfile(
        code: "440106", province: "广东省", city: "广州市", district: "天河区", abbreviation: "天",
        cityAbbreviation: "穗",
        townships: towns("440106", [
            ("001", "五山街道"), ("002", "员村街道"), ("003", "车陂街道"), ("004", "沙河街道"), ("006", "石牌街道"),
            ("007", "沙东街道"), ("008", "天河南街道"), ("009", "林和街道"), ("010", "兴华街道"), ("011", "棠下街道"),
            ("012", "天园街道"), ("013", "猎德街道"), ("014", "冼村街道"), ("015", "元岗街道"), ("016", "黄村街道"),
            ("017", "长兴街道"), ("018", "龙洞街道"), ("019", "凤凰街道"), ("020", "前进街道"), ("021", "珠吉街道"),
            ("022", "新塘街道"),
        ]),
        ethnicMix: [.init("01", 960), .init("08", 15), .init("15", 8), .init("06", 7), .init("13", 5), .init("03", 5)],
        universities: ["华南理工大学", "暨南大学", "华南师范大学", "华南农业大学"], weight: 25)

    /// 西藏自治区拉萨市城关区 (540102): mostly 藏族, with 汉族, 回族 and 门巴族.
    public static let lhasaChengguan = RegionProfile(
        code: "540102", province: "西藏自治区", city: "拉萨市", district: "城关区", abbreviation: "城",
        cityAbbreviation: "拉",
        townships: towns("540102", [
            ("002", "八廓街道"), ("003", "吉日街道"), ("004", "吉崩岗街道"), ("005", "扎细街道"), ("006", "公德林街道"),
            ("007", "嘎玛贡桑街道"), ("008", "两岛街道"), ("009", "金珠西路街道"), ("010", "蔡公堂街道"),
            ("011", "夺底街道"), ("012", "娘热街道"), ("013", "纳金街道"),
        ]),
        ethnicMix: [.init("04", 76), .init("01", 20), .init("03", 3), .init("54", 1)],
        universities: ["西藏大学", "西藏藏医药大学"], weight: 8)

    /// 广西壮族自治区南宁市青秀区 (450103): 汉族 and 壮族, some 瑶族, 苗族, 侗族.
    public static let nanningQingxiu = RegionProfile(
        code: "450103", province: "广西壮族自治区", city: "南宁市", district: "青秀区", abbreviation: "青",
        cityAbbreviation: "邕",
        townships: towns("450103", [
            ("001", "新竹街道"), ("002", "中山街道"), ("003", "建政街道"), ("004", "南湖街道"), ("005", "津头街道"),
            ("100", "刘圩镇"), ("101", "南阳镇"), ("102", "伶俐镇"), ("103", "长塘镇"),
        ]),
        ethnicMix: [.init("01", 52), .init("08", 43), .init("13", 2), .init("06", 1), .init("12", 1), .init("32", 1)],
        universities: ["广西大学", "广西医科大学", "广西民族大学"], weight: 12)

    /// 宁夏回族自治区银川市兴庆区 (640104): 汉族 and many 回族.
    public static let yinchuanXingqing = RegionProfile(
        code: "640104", province: "宁夏回族自治区", city: "银川市", district: "兴庆区", abbreviation: "兴",
        cityAbbreviation: "银",
        townships: towns("640104", [
            ("001", "凤凰北街街道"), ("002", "解放西街街道"), ("003", "文化街街道"), ("004", "富宁街街道"),
            ("005", "新华街街道"), ("006", "玉皇阁北街街道"), ("007", "前进街街道"), ("008", "中山南街街道"),
            ("009", "银古路街道"), ("010", "胜利街街道"), ("011", "丽景街街道"), ("100", "掌政镇"), ("101", "大新镇"),
            ("200", "通贵乡"), ("201", "月牙湖乡"),
        ]),
        ethnicMix: [.init("01", 68), .init("03", 29), .init("11", 1), .init("02", 1), .init("35", 1)],
        universities: ["宁夏大学", "宁夏医科大学", "北方民族大学"], weight: 8)

    /// 北京市朝阳区 (110105): mostly 汉族, some 满族, 回族, 蒙古族, 朝鲜族.
    public static let beijingChaoyang = RegionProfile(
        code: "110105", province: "北京市", city: "北京市", district: "朝阳区", abbreviation: "朝",
        cityAbbreviation: "京",
        townships: towns("110105", [
            ("001", "建外街道"), ("002", "朝外街道"), ("003", "呼家楼街道"), ("004", "三里屯街道"), ("005", "左家庄街道"),
            ("006", "香河园街道"), ("007", "和平街街道"), ("008", "安贞街道"), ("009", "亚运村街道"), ("010", "小关街道"),
            ("011", "酒仙桥街道"), ("012", "麦子店街道"), ("013", "团结湖街道"), ("014", "六里屯街道"),
            ("015", "八里庄街道"), ("016", "双井街道"), ("017", "劲松街道"), ("018", "潘家园街道"), ("019", "垡头街道"),
            ("025", "大屯街道"), ("026", "望京街道"), ("031", "奥运村街道"),
        ]),
        ethnicMix: [.init("01", 930), .init("11", 25), .init("03", 20), .init("02", 12), .init("10", 8), .init("15", 5)],
        universities: ["中国传媒大学", "对外经济贸易大学", "北京工业大学", "首都医科大学"], weight: 12)

    private static func towns(_ district: String, _ rows: [(String, String)]) -> [Township] {
        rows.map { Township(code: district + $0.0, name: $0.1) }
    }
}
