using Comptoir.Core.Localization;

namespace Comptoir.Data.Teams;

/// <summary>Messages of the teams directory (validation, refusals); TeamDirectoryText.en.resx translates.</summary>
public sealed class TeamDirectoryText : FeatureText<TeamDirectoryText>;
