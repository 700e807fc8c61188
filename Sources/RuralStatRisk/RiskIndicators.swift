/// The risk indicators of one household-year (SPEC §3.2) and the departments' push rules;
/// `nil` is undefined (a missing column or cell, no record of the year before, no line).
public struct RiskIndicators: Sendable, Hashable {
    /// pci, yuan per person.
    public var pci: Double
    /// `pci_change` = pci_t / pci_t−1 − 1; undefined without a record of t−1 or when pci_t−1 ≤ 0.
    public var pciChange: Double?
    /// `sudden_drop`: `pci_change` ≤ −d.
    public var suddenDrop: Bool?
    /// `below_line`: pci < z_t.
    public var belowLine: Bool?
    /// `near_line`: z_t ≤ pci < m·z_t.
    public var nearLine: Bool?
    /// `under_10k`: pci below ``RiskSettings/lowIncome``.
    public var under10k: Bool
    /// `rigid_burden` = (medical + education expense) / max(net, 1).
    public var rigidBurden: Double?
    /// `rigid_expense`: `rigid_burden` ≥ the rigid threshold.
    public var rigidExpense: Bool?
    /// `zero_employment`: labour ≥ 1 and employed = 0 (the employment module's definition).
    public var zeroEmployment: Bool?
    /// `employment_drop`: employed_t < employed_t−1.
    public var employmentDrop: Bool?
    /// `guarantee_gap`: any of the 保障 flags the file has is false.
    public var guaranteeGap: Bool?
    /// `push_medical`: medical expense at or above the medical push threshold of the household's population.
    public var pushMedical: Bool?
    /// `push_education`: education expense above the education push threshold.
    public var pushEducation: Bool?

    /// Indicators with the given values (undefined when omitted).
    public init(
        pci: Double, pciChange: Double? = nil, suddenDrop: Bool? = nil, belowLine: Bool? = nil, nearLine: Bool? = nil,
        under10k: Bool, rigidBurden: Double? = nil, rigidExpense: Bool? = nil, zeroEmployment: Bool? = nil,
        employmentDrop: Bool? = nil, guaranteeGap: Bool? = nil, pushMedical: Bool? = nil, pushEducation: Bool? = nil
    ) {
        self.pci = pci
        self.pciChange = pciChange
        self.suddenDrop = suddenDrop
        self.belowLine = belowLine
        self.nearLine = nearLine
        self.under10k = under10k
        self.rigidBurden = rigidBurden
        self.rigidExpense = rigidExpense
        self.zeroEmployment = zeroEmployment
        self.employmentDrop = employmentDrop
        self.guaranteeGap = guaranteeGap
        self.pushMedical = pushMedical
        self.pushEducation = pushEducation
    }
}
