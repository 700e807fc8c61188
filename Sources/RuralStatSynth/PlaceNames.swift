/// Chinese names for the townships and villages of a synthetic county, in the patterns of
/// real place names: a two-character stem and 镇 or 乡 for townships; a surname and a
/// landform (李家, 王庄, 张坪 …) and 村 for villages.
enum PlaceNames {
    private static let townshipStems = [
        "石门", "青龙", "长岭", "白沙", "桃源", "金山", "柳河", "新华", "红旗", "东风",
        "马坪", "杨柳", "龙泉", "高桥", "黄土", "三合", "清水", "梅林", "双河", "大坪",
        "古城", "太平", "安乐", "凤凰", "南岭", "北川", "西岔", "五里", "沙湾", "花园",
    ]
    private static let villageSurnames = [
        "李", "王", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴",
        "石", "高", "林", "何", "罗", "郭", "马", "胡", "朱", "梁",
    ]
    private static let villageLandforms = ["家", "庄", "坪", "沟", "湾", "岭", "河", "坝", "寨", "屯", "岗", "营"]

    /// How many distinct township names there are.
    static let townshipCapacity = townshipStems.count
    /// How many distinct village names a township can have.
    static let villageCapacity = villageSurnames.count * villageLandforms.count

    /// `count` distinct township names in a random order; every fourth is a 乡, the rest 镇.
    static func townships(_ count: Int, _ rng: inout SplitMix64) -> [String] {
        precondition(count <= townshipCapacity)
        return shuffledPrefix(townshipCapacity, count, &rng).map { stem in
            townshipStems[stem] + (stem % 4 == 3 ? "乡" : "镇")
        }
    }

    /// `count` distinct village names in a random order.
    static func villages(_ count: Int, _ rng: inout SplitMix64) -> [String] {
        precondition(count <= villageCapacity)
        return shuffledPrefix(villageCapacity, count, &rng).map { index in
            villageSurnames[index / villageLandforms.count] + villageLandforms[index % villageLandforms.count] + "村"
        }
    }

    /// The first `count` elements of a Fisher–Yates shuffle of 0..<n.
    private static func shuffledPrefix(_ n: Int, _ count: Int, _ rng: inout SplitMix64) -> [Int] {
        var items = Array(0..<n)
        for i in 0..<count {
            items.swapAt(i, i + rng.integer(below: n - i))
        }
        return Array(items[..<count])
    }
}
