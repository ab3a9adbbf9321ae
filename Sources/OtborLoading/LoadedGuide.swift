import OtborCore

/// A guide as read from its file, with the positions the workspace checks report at.
struct LoadedGuide: Sendable {
    var guide: InterviewGuide
    var path: String
    /// Position of the `items` key.
    var itemsLocation: SourceLocation
    /// The profiles the guide declares it is written for (`for`); empty when it fits any.
    var writtenFor: [String] = []
}
