extension InterviewPage {
    /// The number (1-based) of the step that moving from the step at `offset` in `direction` (+1 on,
    /// −1 back) lands on: the nearest one not closed (`closed[n]` for the step at offset `n`); `nil`
    /// past either end (the finish going on, the top of the page going back). The page's back and
    /// skip links and the form's "save and next" use it; the script does the same with the state of
    /// the alternatives the API gives after each save.
    static func stop(from offset: Int, by direction: Int, closed: [Bool]) -> Int? {
        var next = offset + direction
        while closed.indices.contains(next), closed[next] { next += direction }
        return closed.indices.contains(next) ? next + 1 : nil
    }
}
