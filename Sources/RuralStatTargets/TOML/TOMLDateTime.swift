/// TOML's dates and times (RFC 3339 parts): `1979-05-27T07:32:00Z`, `1979-05-27 07:32:00.999-07:00`,
/// `1979-05-27T07:32:00` (local), `1979-05-27`, `07:32:00.5`.
enum TOMLDateTime {
    /// Whether `token` is an offset date-time, a local date-time, a local date or a local time
    /// with every field in range.
    static func isValid(_ token: String) -> Bool {
        let characters = Array(token)
        var index = 0
        func digits(_ count: Int) -> Int? {
            guard index + count <= characters.count,
                  characters[index..<(index + count)].allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            defer { index += count }
            return Int(String(characters[index..<(index + count)]))
        }
        func take(_ character: Character) -> Bool {
            guard index < characters.count, characters[index] == character else { return false }
            index += 1
            return true
        }
        func time() -> Bool {
            guard let hour = digits(2), hour < 24, take(":"), let minute = digits(2), minute < 60, take(":"),
                  let second = digits(2), second <= 60 else { return false }
            if take(".") {
                let start = index
                while index < characters.count, characters[index].isASCII, characters[index].isNumber { index += 1 }
                guard index > start else { return false }
            }
            return true
        }
        if characters.count >= 3, characters[2] == ":" { return time() && index == characters.count }
        guard let year = digits(4), take("-"), let month = digits(2), (1...12).contains(month), take("-"),
              let day = digits(2) else { return false }
        let isLeap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let days = [31, isLeap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        guard (1...days).contains(day) else { return false }
        if index == characters.count { return true }
        guard take("T") || take("t") || take(" "), time() else { return false }
        if index == characters.count { return true }
        if take("Z") || take("z") { return index == characters.count }
        guard take("+") || take("-"), let hours = digits(2), hours < 24, take(":"), let minutes = digits(2), minutes < 60
        else { return false }
        return index == characters.count
    }
}
