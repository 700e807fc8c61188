import RuralStatCore
import RuralStatData

/// One member of a synthetic household: age, health, earning power and job.
struct SyntheticMember {
    /// The member's number within the household (1, 2, …), part of the `person_id`.
    let number: Int
    /// Age in whole years at the end of the current year.
    var age: Int
    /// A disability or serious chronic illness that keeps the member out of the labour force.
    var disabled: Bool
    /// The member's log wage factor: a monthly wage is the location's wage times e^skill.
    let skill: Double
    /// Where the member works when employed.
    var location: WorkLocation
    /// The member's kind of job when employed.
    var job: JobType
    /// Whether the member worked last year (employment persists from year to year).
    var employed: Bool
    /// Whether the member, aged 18–21, is at college (out of the labour force, with fees).
    var inCollege: Bool
    /// The member's code in the workers file's `person_id` dictionary, once it has a row.
    var personCode: UInt32?

    /// Working age (16–64), not disabled and not at college: counted in `labor_count`.
    var isLabour: Bool { (16...64).contains(age) && !disabled && !inCollege }

    /// A new member with a job drawn from the usual mix (public-welfare posts are assigned
    /// separately, by the assistance policy).
    init(number: Int, age: Int, skill: Double, _ rng: inout SplitMix64) {
        self.number = number
        self.age = age
        self.skill = skill
        disabled = false
        inCollege = false
        personCode = nil
        employed = false
        location = WorkLocation(rawValue: UInt8(rng.categorical(Self.locationShares)))!
        job = Self.jobs[rng.categorical(Self.jobShares)]
    }

    /// County, province, out of province: about a third each, as in the monitoring data on
    /// where poverty-alleviated workers work.
    static let locationShares = [0.35, 0.30, 0.35]
    /// Enterprise, workshop, self-employed, other.
    static let jobs: [JobType] = [.enterprise, .workshop, .selfEmployed, .other]
    static let jobShares = [0.72, 0.10, 0.06, 0.12]
}
