// The umbrella module: `import RuralStat` brings in every part of the toolkit.
// Each part can also be imported on its own (`import RuralStatData`, …).
@_exported import RuralStatData
@_exported import RuralStatEmployment
@_exported import RuralStatReport
@_exported import RuralStatTargets
@_exported import RuralStatSynth
@_exported import RuralStatIncome
