#!/bin/sh
# Compiles Peppol's Schematron (peppol/PEPPOL-EN16931-UBL.sch) to the XSLT the tests run
# (peppol/PEPPOL-EN16931-UBL.xslt), with the ISO Schematron skeleton in schematron/ and Saxon-HE
# (Debian: libsaxonhe-java). Run it after replacing the .sch with a newer release.
set -eu
cd "$(dirname "$0")"
saxon="java -cp ${SAXON_JAR:-/usr/share/java/Saxon-HE.jar} net.sf.saxon.Transform"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
$saxon -s:peppol/PEPPOL-EN16931-UBL.sch -xsl:schematron/iso_dsdl_include.xsl -o:"$work/included.sch"
$saxon -s:"$work/included.sch" -xsl:schematron/iso_abstract_expand.xsl -o:"$work/expanded.sch"
$saxon -s:"$work/expanded.sch" -xsl:schematron/iso_svrl_for_xslt2.xsl -o:peppol/PEPPOL-EN16931-UBL.xslt
echo "peppol/PEPPOL-EN16931-UBL.xslt compiled"
