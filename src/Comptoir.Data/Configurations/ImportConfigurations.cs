using Comptoir.Data.Imports;

namespace Comptoir.Data.Configurations;

public sealed class ImportRunConfiguration : IEntityTypeConfiguration<ImportRun>
{
    public void Configure(EntityTypeBuilder<ImportRun> builder)
    {
        builder.ToTable("Imports");
        builder.Property(i => i.Module).HasMaxLength(64);
        builder.Property(i => i.FileName).HasMaxLength(255);
        builder.HasIndex(i => new { i.UserId, i.Id });
    }
}

public sealed class ImportChunkConfiguration : IEntityTypeConfiguration<ImportChunk>
{
    public void Configure(EntityTypeBuilder<ImportChunk> builder)
    {
        builder.HasOne<ImportRun>().WithMany().HasForeignKey(c => c.ImportId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.ImportId, c.Seq }).IsUnique();
    }
}
