import Testing
import UnitedFront
import UnitedFrontFixtures

@Suite("Names follow each ethnic group's tradition")
struct NamingTests {
    func people(in region: RegionProfile, count: Int = 400) -> [SyntheticPerson] {
        Population(PopulationSpec(seed: 3, size: count, regions: [region])).people
    }

    @Test("150102 呼和浩特市新城区 has many 蒙古族 people, most with Mongolian names")
    func mongolianNamesInHohhot() {
        let people = people(in: .hohhotXincheng)
        let mongols = people.filter { $0.record.ethnicity == "02" }
        #expect(mongols.count * 100 / people.count >= 15)
        let mongolianElements = [
            "巴特尔", "其木格", "乌云", "斯琴", "图雅", "朝鲁", "孟和", "宝音", "额尔敦", "毕力格", "高娃", "其其格", "格日勒",
            "巴雅尔", "乌力吉", "萨仁", "娜仁", "那顺", "苏和", "特木尔", "达来", "敖日格乐", "额尔德尼", "胡日查", "哈斯",
            "格日乐图", "巴图", "满都拉", "其勒格尔", "宝力道", "图门", "阿古拉", "朝格图", "那日苏", "呼和", "阿木尔",
            "额日和木", "布和", "吉日嘎拉", "阿拉坦", "敖登", "塔娜", "托娅", "苏布达", "萨日娜", "阿茹娜", "诺敏", "琪琪格",
            "乌日娜", "斯日古楞", "乌兰", "朝伦", "敖其尔", "吉雅", "乌日图",
        ]
        let mongolianNamed = mongols.filter { person in mongolianElements.contains { person.record.name.contains($0) } }
        #expect(mongolianNamed.count * 2 > mongols.count)
    }

    @Test("650102 乌鲁木齐市天山区 has many 维吾尔族 people named own·father")
    func uyghurNamesInUrumqi() {
        let people = people(in: .urumqiTianshan)
        let uyghurs = people.filter { $0.record.ethnicity == "05" }
        #expect(uyghurs.count * 100 / people.count >= 25)
        for person in uyghurs {
            let parts = person.record.name.split(separator: "·")
            #expect(parts.count == 2 && parts.allSatisfy { $0.count >= 2 }, "\(person.record.name)")
        }
        #expect(people.contains { $0.record.ethnicity == "17" })  // 哈萨克族 too
    }

    @Test("540102 拉萨市城关区 is mostly 藏族 with Tibetan names")
    func tibetanNamesInLhasa() {
        let people = people(in: .lhasaChengguan)
        let tibetans = people.filter { $0.record.ethnicity == "04" }
        #expect(tibetans.count * 100 / people.count >= 60)
        let elements = [
            "扎西", "次仁", "卓玛", "格桑", "达瓦", "尼玛", "多吉", "顿珠", "拉姆", "央金", "白玛", "平措", "索朗", "旺堆",
            "德吉", "边巴", "普布", "洛桑", "丹增", "强巴", "米玛", "拉巴", "巴桑", "罗布", "土登", "贡嘎", "加央", "桑珠",
            "坚参", "朗杰", "加措", "曲扎", "旦增", "群培", "益西", "仓决", "央宗", "曲珍", "卓嘎", "措姆", "玉珍", "旺姆",
            "琼达", "措吉", "美朵",
        ]
        #expect(tibetans.filter { person in elements.contains { person.record.name.contains($0) } }.count * 10
                >= tibetans.count * 9)
    }

    @Test("440106 广州市天河区 is mostly 汉族 with two- to four-character Han names")
    func hanNamesInGuangzhou() {
        let people = people(in: .guangzhouTianhe)
        let han = people.filter { $0.record.ethnicity == "01" }
        #expect(han.count * 100 / people.count >= 90)
        #expect(han.allSatisfy { (2...4).contains($0.record.name.count) && !$0.record.name.contains("·") })
        let surnames = Dictionary(grouping: han, by: { String($0.record.name.prefix(1)) }).mapValues(\.count)
        #expect((surnames["王"] ?? 0) + (surnames["李"] ?? 0) + (surnames["张"] ?? 0) > han.count / 10)
    }

    @Test("回族 in 640104 and 壮族 in 450103 carry their typical surnames")
    func huiAndZhuangSurnames() {
        let hui = people(in: .yinchuanXingqing).filter { $0.record.ethnicity == "03" }
        #expect(hui.filter { $0.record.name.hasPrefix("马") }.count * 5 >= hui.count)
        let zhuang = people(in: .nanningQingxiu).filter { $0.record.ethnicity == "08" }
        let typical = ["韦", "覃", "黄", "莫", "农", "梁", "陆", "蓝", "蒙"]
        #expect(zhuang.filter { person in typical.contains { person.record.name.hasPrefix($0) } }.count * 2 >= zhuang.count)
    }
}
