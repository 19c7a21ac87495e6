/// Checks the partial dates timeline events use: YYYY, YYYY-MM or YYYY-MM-DD.
public enum TimelineDate {
    public static func isValid(_ date: String) -> Bool {
        let parts = date.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4, let year = Int(parts[0]),
              (1800...2100).contains(year) else { return false }
        if parts.count >= 2 {
            guard parts[1].count == 2, let m = Int(parts[1]), (1...12).contains(m) else { return false }
        }
        if parts.count == 3 {
            guard parts[2].count == 2, let d = Int(parts[2]), (1...31).contains(d) else { return false }
        }
        return true
    }
}
