/// Where a worker works (SPEC §2.2, `location`, 务工地点).
public enum WorkLocation: UInt8, CaseIterable, Sendable, Hashable {
    /// 县内: inside the county.
    case county
    /// 省内县外: in the province, outside the county.
    case province
    /// 省外: outside the province.
    case outOfProvince

    /// The English code, e.g. `out_of_province`.
    public var code: String {
        switch self {
        case .county: "county"
        case .province: "province"
        case .outOfProvince: "out_of_province"
        }
    }

    /// The Chinese label, e.g. `省外`.
    public var chineseLabel: String {
        switch self {
        case .county: "县内"
        case .province: "省内县外"
        case .outOfProvince: "省外"
        }
    }

    /// Reads a location from its English code (case-insensitive) or its Chinese label.
    public init?(label: some StringProtocol) {
        let text = label.lowercased()
        guard let match = Self.allCases.first(where: { $0.code == text || $0.chineseLabel == label })
        else { return nil }
        self = match
    }
}

/// The kind of job a worker holds (SPEC §2.2, `job_type`, 就业类型).
public enum JobType: UInt8, CaseIterable, Sendable, Hashable {
    /// 企业务工: employed by an enterprise.
    case enterprise
    /// 公益岗位: a public-welfare post.
    case publicWelfare
    /// 帮扶车间: an assistance workshop.
    case workshop
    /// 自主创业: self-employed.
    case selfEmployed
    /// 其他: anything else.
    case other

    /// The English code, e.g. `public_welfare`.
    public var code: String {
        switch self {
        case .enterprise: "enterprise"
        case .publicWelfare: "public_welfare"
        case .workshop: "workshop"
        case .selfEmployed: "self_employed"
        case .other: "other"
        }
    }

    /// The Chinese label, e.g. `公益岗位`.
    public var chineseLabel: String {
        switch self {
        case .enterprise: "企业务工"
        case .publicWelfare: "公益岗位"
        case .workshop: "帮扶车间"
        case .selfEmployed: "自主创业"
        case .other: "其他"
        }
    }

    /// Reads a job type from its English code (case-insensitive) or its Chinese label.
    public init?(label: some StringProtocol) {
        let text = label.lowercased()
        guard let match = Self.allCases.first(where: { $0.code == text || $0.chineseLabel == label })
        else { return nil }
        self = match
    }
}
