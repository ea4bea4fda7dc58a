/// The entities a short form (a surname, initials) could stand for, counted without
/// allocating: the first two are kept, and whether there are more. `SurnameLinks` and
/// `AcronymLinks` only need to know whether there is exactly one other than the short form's
/// own entity.
struct ShortFormOwners {
    private var first: Int64
    private var second: Int64 = 0
    /// Distinct owners seen, up to 3 (3 meaning three or more).
    private var count = 1

    init(_ id: Int64) {
        first = id
    }

    mutating func add(_ id: Int64) {
        if id == first || (count >= 2 && id == second) { return }
        if count == 1 { second = id }
        count = min(count + 1, 3)
    }

    /// The one owner other than `id`, if there is exactly one.
    func onlyOther(than id: Int64) -> Int64? {
        switch count {
        case 1: return first != id ? first : nil
        case 2: return first == id ? second : second == id ? first : nil
        default: return nil
        }
    }
}
