using Comptoir.Data.History;
using Comptoir.Data.RecycleBin;

namespace Comptoir.Data.Configurations;

public sealed class RecordChangeConfiguration : IEntityTypeConfiguration<RecordChange>
{
    public void Configure(EntityTypeBuilder<RecordChange> builder)
    {
        builder.Property(c => c.Module).HasMaxLength(64);
        builder.Property(c => c.UserName).HasMaxLength(100);
        builder.Property(c => c.Action).HasMaxLength(32);
        // A record's history, newest first, is one index range.
        builder.HasIndex(c => new { c.Module, c.RecordId, c.Id });
    }
}

public sealed class RecycleBinEntryConfiguration : IEntityTypeConfiguration<RecycleBinEntry>
{
    public void Configure(EntityTypeBuilder<RecycleBinEntry> builder)
    {
        builder.ToTable("RecycleBin");
        builder.Property(e => e.Module).HasMaxLength(64);
        builder.Property(e => e.Title).HasMaxLength(200);
        builder.Property(e => e.DeletedByName).HasMaxLength(100);
        builder.HasIndex(e => new { e.Module, e.RecordId });
        builder.HasIndex(e => e.DeletedAt);
    }
}
