import OtborHTML

/// A level cell is a component like the sections it sits in.
extension LevelCell: HTMLComponent {}

/// `LevelCell.swift` names `HTMLWriter` without importing `OtborHTML` (the file is being changed
/// elsewhere and is left as it is); this module-wide alias lets it compile. Remove it once that
/// file imports `OtborHTML`.
typealias HTMLWriter = OtborHTML.HTMLWriter
