using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Comptoir.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Contacts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Contacts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Salutation = table.Column<string>(type: "text", nullable: false),
                    FirstName = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    LastName = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    FullName = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    NameKey = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false, collation: "C"),
                    AccountId = table.Column<long>(type: "bigint", nullable: true),
                    Title = table.Column<string>(type: "text", nullable: false),
                    Department = table.Column<string>(type: "text", nullable: false),
                    Email = table.Column<string>(type: "text", nullable: false),
                    OtherEmail = table.Column<string>(type: "text", nullable: false),
                    Phone = table.Column<string>(type: "text", nullable: false),
                    Mobile = table.Column<string>(type: "text", nullable: false),
                    ReportsToId = table.Column<long>(type: "bigint", nullable: true),
                    Birthday = table.Column<DateOnly>(type: "date", nullable: true),
                    DoNotEmail = table.Column<bool>(type: "boolean", nullable: false),
                    AssignedUserId = table.Column<int>(type: "integer", nullable: true),
                    AssignedTeamId = table.Column<int>(type: "integer", nullable: true),
                    AssigneeName = table.Column<string>(type: "text", nullable: false),
                    MailingStreet = table.Column<string>(type: "text", nullable: false),
                    MailingPoBox = table.Column<string>(type: "text", nullable: false),
                    MailingPostalCode = table.Column<string>(type: "text", nullable: false),
                    MailingCity = table.Column<string>(type: "text", nullable: false),
                    MailingState = table.Column<string>(type: "text", nullable: false),
                    MailingCountry = table.Column<string>(type: "text", nullable: false),
                    OtherStreet = table.Column<string>(type: "text", nullable: false),
                    OtherPoBox = table.Column<string>(type: "text", nullable: false),
                    OtherPostalCode = table.Column<string>(type: "text", nullable: false),
                    OtherCity = table.Column<string>(type: "text", nullable: false),
                    OtherState = table.Column<string>(type: "text", nullable: false),
                    OtherCountry = table.Column<string>(type: "text", nullable: false),
                    Description = table.Column<string>(type: "text", nullable: false),
                    CustomData = table.Column<string>(type: "jsonb", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedById = table.Column<int>(type: "integer", nullable: true),
                    UpdatedById = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Contacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Contacts_Accounts_AccountId",
                        column: x => x.AccountId,
                        principalTable: "Accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Contacts_AspNetUsers_AssignedUserId",
                        column: x => x.AssignedUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Contacts_Contacts_ReportsToId",
                        column: x => x.ReportsToId,
                        principalTable: "Contacts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Contacts_Teams_AssignedTeamId",
                        column: x => x.AssignedTeamId,
                        principalTable: "Teams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Contacts_AccountId_NameKey_Id",
                table: "Contacts",
                columns: new[] { "AccountId", "NameKey", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Contacts_AssignedTeamId",
                table: "Contacts",
                column: "AssignedTeamId");

            migrationBuilder.CreateIndex(
                name: "IX_Contacts_AssignedUserId",
                table: "Contacts",
                column: "AssignedUserId");

            migrationBuilder.CreateIndex(
                name: "IX_Contacts_AssigneeName_Id",
                table: "Contacts",
                columns: new[] { "AssigneeName", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Contacts_Email_Id",
                table: "Contacts",
                columns: new[] { "Email", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Contacts_NameKey_Id",
                table: "Contacts",
                columns: new[] { "NameKey", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Contacts_Number",
                table: "Contacts",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Contacts_Phone_Id",
                table: "Contacts",
                columns: new[] { "Phone", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Contacts_ReportsToId",
                table: "Contacts",
                column: "ReportsToId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Contacts");
        }
    }
}
