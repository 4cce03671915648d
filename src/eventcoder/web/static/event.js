/* The event page: link each field to its evidence marks in the source texts. */
"use strict";

(function () {
  function marksOfField(field) {
    return Array.prototype.filter.call(document.querySelectorAll("mark.ev"), function (mark) {
      return (mark.getAttribute("data-fields") || "").split(" ").indexOf(field) >= 0;
    });
  }
  function marksOfSpan(span) {
    return Array.prototype.filter.call(document.querySelectorAll("mark.ev"), function (mark) {
      return (mark.getAttribute("data-spans") || "").split(" ").indexOf(span) >= 0;
    });
  }
  function light(marks, on) {
    marks.forEach(function (mark) { mark.classList.toggle("lit", on); });
  }
  function flash(marks) {
    if (!marks.length) { return; }
    marks[0].scrollIntoView({ behavior: "smooth", block: "center" });
    marks.forEach(function (mark) {
      mark.classList.remove("flash");
      void mark.offsetWidth;  // restart the animation
      mark.classList.add("flash");
    });
  }

  document.querySelectorAll("tr.field-row").forEach(function (row) {
    var field = row.getAttribute("data-field");
    row.addEventListener("mouseenter", function () { light(marksOfField(field), true); });
    row.addEventListener("mouseleave", function () { light(marksOfField(field), false); });
    row.addEventListener("focus", function () { light(marksOfField(field), true); });
    row.addEventListener("blur", function () { light(marksOfField(field), false); });
  });
  document.querySelectorAll("button.span-chip").forEach(function (chip) {
    chip.addEventListener("click", function (event) {
      event.stopPropagation();
      flash(marksOfSpan(chip.getAttribute("data-span")));
    });
  });
  document.querySelectorAll("mark.ev").forEach(function (mark) {
    mark.title = (mark.getAttribute("data-fields") || "").replace(/ /g, ", ");
    mark.addEventListener("mouseenter", function () {
      (mark.getAttribute("data-fields") || "").split(" ").forEach(function (field) {
        var row = document.querySelector('tr.field-row[data-field="' + CSS.escape(field) + '"]');
        if (row) { row.classList.add("active"); }
      });
    });
    mark.addEventListener("mouseleave", function () {
      document.querySelectorAll("tr.field-row.active").forEach(function (row) {
        row.classList.remove("active");
      });
    });
  });
  document.body.setAttribute("data-ready", "1");
})();
