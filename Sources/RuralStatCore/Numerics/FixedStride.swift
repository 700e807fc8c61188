extension Array {
    /// At most `count` of the elements, taken at a fixed stride from the first (all of them
    /// when there are no more than `count`): the deterministic thinning the models use to fit
    /// a province's file in seconds, so that the same file gives the same fit.
    public func atFixedStride(atMost count: Int) -> [Element] {
        guard self.count > count else { return self }
        let stride = Double(self.count) / Double(count)
        return (0..<count).map { self[Int(Double($0) * stride)] }
    }
}
