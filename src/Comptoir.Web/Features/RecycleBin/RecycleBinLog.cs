namespace Comptoir.Web.Features.RecycleBin;

/// <summary>Emptying the bin destroys data for good: always leave a trace of who did it, or tried to.</summary>
public static partial class RecycleBinLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "User {UserId} emptied the recycle bin: {Count} entries deleted for good")]
    private static partial void LogEmptied(ILogger logger, int userId, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "User {UserId} refused emptying the recycle bin: administrators only")]
    private static partial void LogRefused(ILogger logger, int userId);

    public static void Emptied(ILoggerFactory logs, int userId, int count) => LogEmptied(logs.CreateLogger("Comptoir.RecycleBin"), userId, count);

    public static void Refused(ILoggerFactory logs, int userId) => LogRefused(logs.CreateLogger("Comptoir.RecycleBin"), userId);
}
